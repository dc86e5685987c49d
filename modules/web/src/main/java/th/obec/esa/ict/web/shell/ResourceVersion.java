package th.obec.esa.ict.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version our own style sheets and scripts are linked with ({@code app.css?v=…}): a digest of
 * every file under {@code /resources}, so the browser may keep them a year (web.xml's
 * {@code com.sun.faces.defaultResourceMaxAge}) and still fetches a file again as soon as a release
 * changes it. OmniFaces' {@code VersionedResourceHandler} (faces-config.xml) adds it to each link;
 * PrimeFaces' own resources carry PrimeFaces' version already.
 */
@Named
@ApplicationScoped
public class ResourceVersion {

  @Inject
  private ServletContext servlet;

  private volatile String value;

  public String getValue() {
    String v = value;
    if (v == null) {
      v = digestOf(servlet, "/resources/");
      value = v;
    }
    return v;
  }

  static String digestOf(ServletContext servlet, String folder) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String path : files(servlet, folder)) {
        sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = servlet.getResourceAsStream(path)) {
          if (in != null) {
            sha.update(in.readAllBytes());
          }
        }
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under the folder, sorted, so the digest does not depend on listing order. */
  private static Set<String> files(ServletContext servlet, String folder) {
    Set<String> out = new TreeSet<>();
    Set<String> entries = servlet.getResourcePaths(folder);
    if (entries != null) {
      for (String p : entries) {
        if (p.endsWith("/")) {
          out.addAll(files(servlet, p));
        } else {
          out.add(p);
        }
      }
    }
    return out;
  }
}
