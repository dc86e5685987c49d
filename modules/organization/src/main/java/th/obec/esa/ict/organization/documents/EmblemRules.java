package th.obec.esa.ict.organization.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;
import th.obec.esa.ict.platform.BusinessException;

/**
 * What an uploaded emblem must be: a PNG that decodes, at most {@value #MAX_BYTES} bytes, at least
 * {@value #MIN_HEIGHT_PX} pixels high (1.5 cm printed at about 200 dpi). SVG is refused with its own
 * message: the PDF library (OpenPDF) draws raster images only, and rasterizing SVG would need a
 * library such as Batik (several megabytes) for one image the office exports once.
 */
public final class EmblemRules {

  public static final int MAX_BYTES = 1024 * 1024;
  public static final int MIN_HEIGHT_PX = 120;
  public static final String FIELD = "emblem";

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  private EmblemRules() {}

  /** A PNG that passed the checks, with its size in pixels. */
  public record Checked(String contentType, byte[] content, int widthPx, int heightPx) {}

  public static Checked check(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw refused("organization.emblem.empty");
    }
    if (content.length > MAX_BYTES) {
      throw refused("organization.emblem.tooLarge", content.length / 1024, MAX_BYTES / 1024);
    }
    if (isSvg(fileName, content)) {
      throw refused("organization.emblem.svgNotPrinted");
    }
    if (!startsWith(content, PNG)) {
      throw refused("organization.emblem.notPng");
    }
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      image = null;
    }
    if (image == null) {
      throw refused("organization.emblem.unreadable");
    }
    if (image.getHeight() < MIN_HEIGHT_PX) {
      throw refused("organization.emblem.tooSmall", image.getHeight(), MIN_HEIGHT_PX);
    }
    return new Checked("image/png", content, image.getWidth(), image.getHeight());
  }

  static boolean isSvg(String fileName, byte[] content) {
    if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".svg")) {
      return true;
    }
    String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    return head.contains("<svg");
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static BusinessException refused(String key, Object... args) {
    return new BusinessException(BusinessException.field(FIELD), key, args);
  }
}
