package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.util.List;

/** An F07 being filed: the approved F06 it compares against and the offers received. */
public record ComparisonRequest(long specId, String subject, String body, List<OfferInput> offers)
    implements Serializable {}
