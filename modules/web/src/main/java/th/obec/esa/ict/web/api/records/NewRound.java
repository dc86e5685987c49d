package th.obec.esa.ict.web.api.records;

import java.util.List;
import th.obec.esa.ict.records.collection.RoundInput;
import th.obec.esa.ict.records.collection.SubmitterInput;

/** The body of POST /api/records/rounds: the round and its expected submitters (may be empty, imported later). */
public record NewRound(RoundInput round, List<SubmitterInput> submitters) {}
