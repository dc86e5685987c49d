package th.obec.esa.ict.architecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.TextFileBasedViolationStore;
import com.tngtech.archunit.library.freeze.ViolationStore;
import java.util.List;
import java.util.Properties;

/**
 * ArchUnit's text-file store, except that a rule it has no entry for is an error, not a fresh
 * baseline. ArchUnit's own store records all of a new (or reworded) rule's violations and passes;
 * so a renamed rule would silently forgive everything. Fixed violations still leave the store.
 * New entries are written only with {@code -Darchunit.freeze.store.default.allowStoreCreation=true}.
 */
public final class ExistingRulesOnlyStore implements ViolationStore {

  private final TextFileBasedViolationStore files = new TextFileBasedViolationStore();
  private boolean creationAllowed;

  @Override
  public void initialize(Properties properties) {
    creationAllowed = Boolean.parseBoolean(properties.getProperty("default.allowStoreCreation", "false"));
    files.initialize(properties);
  }

  @Override
  public boolean contains(ArchRule rule) {
    return files.contains(rule);
  }

  @Override
  public void save(ArchRule rule, List<String> violations) {
    if (!creationAllowed && !files.contains(rule)) {
      throw new IllegalStateException(
          "The frozen rule '" + rule.getDescription() + "' has no entry in the violation store"
              + " (src/test/resources/archunit_store). Freeze it on purpose with"
              + " -Darchunit.freeze.store.default.allowStoreCreation=true and commit the store.");
    }
    files.save(rule, violations);
  }

  @Override
  public List<String> getViolations(ArchRule rule) {
    return files.getViolations(rule);
  }
}
