package th.obec.esa.ict.forms.account;

import java.security.SecureRandom;

/**
 * Initial passwords: {@value #LENGTH} characters drawn with {@link SecureRandom} from letters,
 * digits and symbols without the look-alikes (0/O, 1/l/I), at least one of each kind, so the
 * officer can read it out or hand it over on paper without mistakes. About 95 bits of entropy.
 */
public final class PasswordGenerator {

  public static final int LENGTH = 16;

  static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  static final String DIGITS = "23456789";
  static final String SYMBOLS = "!#$%&*+-=?@";
  private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

  private final SecureRandom random;

  public PasswordGenerator() {
    this(new SecureRandom());
  }

  PasswordGenerator(SecureRandom random) {
    this.random = random;
  }

  public char[] next() {
    char[] out = new char[LENGTH];
    out[0] = pick(UPPER);
    out[1] = pick(LOWER);
    out[2] = pick(DIGITS);
    out[3] = pick(SYMBOLS);
    for (int i = 4; i < LENGTH; i++) {
      out[i] = pick(ALL);
    }
    for (int i = LENGTH - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      char t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
    return out;
  }

  private char pick(String from) {
    return from.charAt(random.nextInt(from.length()));
  }
}
