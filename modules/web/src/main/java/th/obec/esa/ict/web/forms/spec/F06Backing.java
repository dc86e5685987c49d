package th.obec.esa.ict.web.forms.spec;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.forms.port.CatalogEdition;
import th.obec.esa.ict.forms.port.CatalogEntry;
import th.obec.esa.ict.forms.spec.SpecRequest;
import th.obec.esa.ict.forms.spec.SpecService;
import th.obec.esa.ict.forms.spec.SpecView;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /forms/spec/f06.xhtml: an F06 built on the page (edition, items, quantities, prices, lines
 * edited against the catalogue with their reasons) and filed in one step.
 */
@Named
@ViewScoped
public class F06Backing implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean attempted;

  @Inject
  private SpecService specs;

  @Inject
  private CurrentUser currentUser;

  private List<CatalogEdition> editions;
  private Long editionId;
  private String search;
  private List<CatalogEntry> found = List.of();
  private Long itemId;
  private final List<ItemRow> items = new ArrayList<>();
  private String subject;
  private String body;

  @PostConstruct
  void init() {
    editions = specs.editions();
    if (!editions.isEmpty()) {
      editionId = editions.get(0).id();
      find();
    }
  }

  /** A new edition empties the items: a spec draws on one edition only. */
  public void editionChanged() {
    items.clear();
    itemId = null;
    find();
  }

  public void find() {
    found = editionId == null ? List.of() : specs.catalogItems(editionId, search);
  }

  public void addItem() {
    found.stream().filter(e -> itemId != null && e.id() == itemId).findFirst().ifPresent(e -> items.add(new ItemRow(e)));
  }

  public void removeItem(ItemRow row) {
    items.remove(row);
  }

  public String file() {
    attempted = true;
    try {
      SpecView v = specs.fileSpec(new SpecRequest(editionId == null ? 0 : editionId, subject, body,
          items.stream().map(ItemRow::input).toList()), currentUser.actor());
      Messages.info("forms.new.filed", v.submission().numberText());
      return "/forms/spec/view?faces-redirect=true&id=" + v.id();
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  /** Filing was tried once: missing reasons are now marked next to their price or line. */
  public boolean isAttempted() {
    return attempted;
  }

  public BigDecimal getTotal() {
    return items.stream().map(ItemRow::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal getReferenceTotal() {
    return items.stream().map(ItemRow::getReferenceAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public List<CatalogEdition> getEditions() { return editions; }
  public Long getEditionId() { return editionId; }
  public void setEditionId(Long editionId) { this.editionId = editionId; }
  public String getSearch() { return search; }
  public void setSearch(String search) { this.search = search; }
  public List<CatalogEntry> getFound() { return found; }
  public Long getItemId() { return itemId; }
  public void setItemId(Long itemId) { this.itemId = itemId; }
  public List<ItemRow> getItems() { return items; }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
}
