package th.obec.esa.ict.organization.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One run of the directory sync: when, started by whom ({@code system} for the nightly run), with
 * what {@code outcome} (DONE; UNREACHABLE: the directory could not be read, nothing changed;
 * REFUSED: the directory listed no account at all while people have uids — a wrong base or filter,
 * not a reason to mark everyone removed), how many accounts and people it saw, how many states it
 * changed, how many exact matches by name wait for acceptance, and the changes one a line.
 */
public record SyncReport(long id, OffsetDateTime ranAt, String startedBy, String outcome, int accountsSeen,
    int staffChecked, int changes, int exactProposals, String detail) implements Serializable {}
