package th.obec.esa.ict.web.assets;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes for asset labels. Error correction M keeps a label readable when its corner is worn
 * or a sticker is slightly scratched, at a size a label printer still prints sharply.
 */
public final class QrCodes {

  /** Pixels of a label's code; printed at about 2.5 cm. */
  public static final int LABEL_SIZE = 240;

  private QrCodes() {}

  public static byte[] png(String text, int size) {
    try {
      BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1,
              EncodeHintType.CHARACTER_SET, "UTF-8"));
      BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < m.getHeight(); y++) {
        for (int x = 0; x < m.getWidth(); x++) {
          image.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PNG as a data URI, for an {@code <img>} on a printable page without another request. */
  public static String dataUri(String text, int size) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, size));
  }
}
