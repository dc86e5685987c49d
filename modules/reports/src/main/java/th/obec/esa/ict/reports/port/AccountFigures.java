package th.obec.esa.ict.reports.port;

/**
 * Accounts (F08/F09) and access to information systems (F14) in a period.
 *
 * @param accountRequests F08 requests received
 * @param accountsIssued accounts (and ID cards) issued
 * @param accessRequests F14 requests received
 * @param accessGranted access grants made
 * @param accessEnded access grants ended (expired or revoked)
 */
public record AccountFigures(int accountRequests, int accountsIssued, int accessRequests, int accessGranted,
    int accessEnded) {}
