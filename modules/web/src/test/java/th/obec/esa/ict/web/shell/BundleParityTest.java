package th.obec.esa.ict.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in both languages: each English bundle ({@code x.properties}, also the
 * fallback) has a Thai twin ({@code x_th.properties}) with the same keys, and Thai texts are Thai.
 */
class BundleParityTest {

  private static final Path I18N = Path.of("src/main/resources/th/obec/esa/ict/web/i18n");

  @Test
  void everyBundleHasTheSameKeysInThaiAndEnglish() throws IOException {
    List<Path> english;
    try (Stream<Path> files = Files.list(I18N)) {
      english = files.filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties")).toList();
    }
    assertFalse(english.isEmpty());
    for (Path en : english) {
      Path th = I18N.resolve(en.getFileName().toString().replace(".properties", "_th.properties"));
      assertTrue(Files.exists(th), "missing Thai twin of " + en.getFileName());
      Set<String> enKeys = new TreeSet<>(load(en).stringPropertyNames());
      Set<String> thKeys = new TreeSet<>(load(th).stringPropertyNames());
      Set<String> onlyEn = new TreeSet<>(enKeys);
      onlyEn.removeAll(thKeys);
      Set<String> onlyTh = new TreeSet<>(thKeys);
      onlyTh.removeAll(enKeys);
      assertEquals(Set.of(), onlyEn, en.getFileName() + ": keys without Thai text");
      assertEquals(Set.of(), onlyTh, th.getFileName() + ": keys without English text");
    }
  }

  @Test
  void theShellSpeaksThaiInItsThaiBundle() throws IOException {
    Properties th = load(I18N.resolve("messages_th.properties"));
    assertEquals("เข้าสู่ระบบ", th.getProperty("login.submit"));
  }

  private static Properties load(Path p) throws IOException {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      props.load(r);
    }
    return props;
  }
}
