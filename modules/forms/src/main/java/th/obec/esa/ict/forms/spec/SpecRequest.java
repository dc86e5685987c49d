package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.util.List;

/** An F06 being filed: the edition its items come from, the items, and the memo's subject and body. */
public record SpecRequest(long editionId, String subject, String body, List<SpecItemInput> items)
    implements Serializable {}
