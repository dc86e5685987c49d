package th.obec.esa.ict.records.testdoubles;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.organization.api.DocumentSettings;
import th.obec.esa.ict.organization.api.DocumentSettingsInput;
import th.obec.esa.ict.organization.api.Emblem;
import th.obec.esa.ict.organization.api.OfficeDocuments;
import th.obec.esa.ict.organization.api.YearBasis;
import th.obec.esa.ict.platform.security.Actor;

/** Organization's {@link OfficeDocuments} for the tests: the office has set nothing (Thai digits, no emblem). */
@Stateless
@Local(OfficeDocuments.class)
public class TestOfficeDocuments implements OfficeDocuments {

  @Override
  public DocumentSettings documentSettings() {
    return new DocumentSettings(null, null, false, true, List.of(), null, 0);
  }

  @Override
  public Optional<YearBasis> yearBasis() {
    return Optional.empty();
  }

  @Override
  public boolean thaiDigits() {
    return true;
  }

  @Override
  public Optional<String> letterPrefix(String unitCode) {
    return Optional.empty();
  }

  @Override
  public Optional<Emblem> emblem() {
    return Optional.empty();
  }

  @Override
  public DocumentSettings updateDocumentSettings(DocumentSettingsInput input, Actor actor) {
    throw new UnsupportedOperationException("not in these tests");
  }

  @Override
  public DocumentSettings uploadEmblem(String fileName, byte[] content, Actor actor) {
    throw new UnsupportedOperationException("not in these tests");
  }

  @Override
  public DocumentSettings removeEmblem(Actor actor) {
    throw new UnsupportedOperationException("not in these tests");
  }
}
