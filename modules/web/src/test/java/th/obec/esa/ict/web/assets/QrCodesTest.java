package th.obec.esa.ict.web.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

  @Test
  void aLabelsCodeReadsBackAsTheAssetsAbsoluteLink() throws Exception {
    String url = AssetLinks.assetPage("https://ict.example.go.th/", 1051);
    assertEquals("https://ict.example.go.th/assets/asset.xhtml?id=1051", url);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(url, QrCodes.LABEL_SIZE)));
    assertEquals(QrCodes.LABEL_SIZE, image.getWidth());
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    assertEquals(url, decoded);
  }

  @Test
  void theDataUriIsAPng() {
    String uri = QrCodes.dataUri("http://localhost:8080/assets/asset.xhtml?id=1", 120);
    assertTrue(uri.startsWith("data:image/png;base64,"));
    byte[] png = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
  }

  @Test
  void aMissingBaseUrlFallsBackToLocalhost() {
    assertEquals("http://localhost:8080/assets/asset.xhtml?id=7", AssetLinks.assetPage(" ", 7));
    assertEquals("http://intranet/assets/asset.xhtml?id=7", AssetLinks.assetPage("http://intranet///", 7));
  }
}
