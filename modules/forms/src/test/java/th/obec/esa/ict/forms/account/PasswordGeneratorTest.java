package th.obec.esa.ict.forms.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordGeneratorTest {

  private final PasswordGenerator generator = new PasswordGenerator();

  @Test
  void neverReturnsTheSamePasswordTwice() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      assertTrue(seen.add(new String(generator.next())), "repeated after " + i);
    }
  }

  @Test
  void everyPasswordIsLongAndMixesAllKinds() {
    for (int i = 0; i < 5_000; i++) {
      String p = new String(generator.next());
      assertEquals(PasswordGenerator.LENGTH, p.length());
      assertTrue(p.chars().anyMatch(c -> PasswordGenerator.UPPER.indexOf(c) >= 0), p);
      assertTrue(p.chars().anyMatch(c -> PasswordGenerator.LOWER.indexOf(c) >= 0), p);
      assertTrue(p.chars().anyMatch(c -> PasswordGenerator.DIGITS.indexOf(c) >= 0), p);
      assertTrue(p.chars().anyMatch(c -> PasswordGenerator.SYMBOLS.indexOf(c) >= 0), p);
      assertTrue(p.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), "no look-alikes: " + p);
    }
  }

  @Test
  void hasAtLeastNinetyBitsOfEntropyAndUsesTheWholeAlphabet() {
    int alphabet = PasswordGenerator.UPPER.length() + PasswordGenerator.LOWER.length()
        + PasswordGenerator.DIGITS.length() + PasswordGenerator.SYMBOLS.length();
    double bits = PasswordGenerator.LENGTH * (Math.log(alphabet) / Math.log(2));
    assertTrue(bits >= 90, "entropy " + bits);
    Set<Character> used = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      for (char c : generator.next()) {
        used.add(c);
      }
    }
    assertEquals(alphabet, used.size(), "every character of the alphabet occurs");
  }

  @Test
  void theIssuedAccountNeverPrintsItsPassword() {
    IssuedAccount issued = new IssuedAccount("somsri", "Xk7#pQ2m-Rt9vW4z");
    assertTrue(!issued.toString().contains("Xk7#pQ2m-Rt9vW4z"));
  }
}
