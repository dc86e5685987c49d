package th.obec.esa.ict.forms.port;

import java.util.Set;

/**
 * A directory entry to create: user id, names (Thai with title, and English), position, unit,
 * mail (may be null) and the groups that grant the services asked for.
 */
public record DirectoryAccount(String uid, String thaiName, String englishName, String title, String unit,
    String mail, Set<String> groups) {}
