package th.obec.esa.ict.core.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Finds the migrations by the index the build writes beside them ({@code db/migration/index.txt},
 * one file name a line) instead of listing class-path folders: listing a folder inside an
 * application server's class loader proved unreliable (Flyway found "no migrations" on one run
 * of the same archive that it migrated on the next), reading named resources never is.
 */
final class IndexedMigrations implements ResourceProvider {

  static final String FOLDER = "db/migration";

  private final ClassLoader loader;
  private final List<String> names;

  IndexedMigrations(ClassLoader loader) {
    this.loader = loader;
    this.names = readIndex(loader);
  }

  private static List<String> readIndex(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(FOLDER + "/index.txt")) {
      if (in == null) {
        throw new IllegalStateException(FOLDER + "/index.txt is missing from the build");
      }
      List<String> names = new ArrayList<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> names() {
    return names;
  }

  @Override
  public LoadableResource getResource(String name) {
    String file = name.startsWith(FOLDER + "/") ? name.substring(FOLDER.length() + 1) : name;
    return names.contains(file) ? new Migration(file) : null;
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<LoadableResource> found = new ArrayList<>();
    for (String n : names) {
      if (n.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(n::endsWith)) {
        found.add(new Migration(n));
      }
    }
    return found;
  }

  private final class Migration extends LoadableResource {
    private final String file;

    Migration(String file) {
      this.file = file;
    }

    @Override
    public Reader read() {
      InputStream in = loader.getResourceAsStream(FOLDER + "/" + file);
      if (in == null) {
        throw new IllegalStateException("migration listed but missing: " + file);
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
      return FOLDER + "/" + file;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return getAbsolutePath();
    }

    @Override
    public String getFilename() {
      return file;
    }

    @Override
    public String getRelativePath() {
      return file;
    }
  }
}
