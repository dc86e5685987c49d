package th.obec.esa.ict.evaluation.answer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import th.obec.esa.ict.platform.BusinessException;

/**
 * The browser's client key (a random token a public page keeps in a cookie) is stored only as
 * SHA-256 of the evaluation id and the key: it recognises the same browser answering the same
 * evaluation again, and says nothing about the browser across evaluations or to a reader of the
 * database. It stops an obvious double answer, not a determined one (a new cookie is a new key).
 */
public final class ClientKeys {

  public static final int MIN = 16;
  public static final int MAX = 200;

  private ClientKeys() {}

  /** @throws BusinessException evaluation.answer.clientKeyInvalid when missing, too short or too long */
  public static String hash(long evaluationId, String clientKey) {
    if (clientKey == null || clientKey.isBlank() || clientKey.strip().length() < MIN || clientKey.length() > MAX) {
      throw new BusinessException("evaluation.answer.clientKeyInvalid");
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(("evl:" + evaluationId + ":" + clientKey.strip()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
