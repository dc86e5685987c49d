package th.obec.esa.ict.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the libraries of a module test's WAR from the test JVM's own class path, so that a
 * module test deploys exactly the jars the build resolved (also reactor modules that are not
 * installed yet) without resolving Maven again.
 */
public final class Deployments {

  private Deployments() {}

  /**
   * The class-path entries whose artifact name starts with one of the given names, as archives:
   * a jar as it is, a reactor module's {@code target/classes} folder packed as a jar.
   */
  public static List<JavaArchive> libraries(String... artifactNames) {
    List<JavaArchive> found = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      String name = artifactName(path);
      for (String wanted : artifactNames) {
        if (name.equals(wanted) || name.startsWith(wanted + "-")) {
          found.add(toArchive(path, wanted));
        }
      }
    }
    return found;
  }

  /**
   * Adds the schema migrations of {@code sql/} to a deployment, so that its start-up migrates the
   * tests' database like the real one. In a build ({@code ict.project.root} set by failsafe) they
   * are read from the project's {@code sql/} folder itself, so a module's test sees a migration
   * changed a moment ago without the core module being built again; otherwise as the core module
   * packed them, with their index.
   */
  public static WebArchive withMigrations(WebArchive war) {
    String root = System.getProperty("ict.project.root");
    Path folder = root == null ? null : Path.of(root, "sql");
    if (folder != null && Files.isDirectory(folder)) {
      try (var files = Files.list(folder)) {
        List<Path> migrations = files.filter(f -> f.getFileName().toString().matches("V.*\\.sql")).sorted().toList();
        StringBuilder index = new StringBuilder();
        for (Path f : migrations) {
          war.addAsResource(f.toFile(), "db/migration/" + f.getFileName());
          index.append(f.getFileName()).append('\n');
        }
        return war.addAsResource(new org.jboss.shrinkwrap.api.asset.StringAsset(index.toString()),
            "db/migration/index.txt");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream("db/migration/index.txt")) {
      if (in == null) {
        throw new IllegalStateException("db/migration/index.txt is not on the test class path (build the core module)");
      }
      war.addAsResource("db/migration/index.txt");
      for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (!name.isBlank()) {
          war.addAsResource("db/migration/" + name.trim());
        }
      }
      return war;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String artifactName(Path path) {
    if (Files.isDirectory(path) && path.endsWith(Path.of("target", "classes"))) {
      return path.getParent().getParent().getFileName().toString();
    }
    return path.getFileName().toString();
  }

  private static JavaArchive toArchive(Path path, String name) {
    if (Files.isDirectory(path)) {
      return ShrinkWrap.create(ExplodedImporter.class, name + ".jar").importDirectory(path.toFile()).as(JavaArchive.class);
    }
    return ShrinkWrap.create(ZipImporter.class, path.getFileName().toString()).importFrom(path.toFile()).as(JavaArchive.class);
  }
}
