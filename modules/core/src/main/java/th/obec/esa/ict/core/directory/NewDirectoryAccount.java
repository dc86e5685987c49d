package th.obec.esa.ict.core.directory;

import java.util.Set;

/**
 * A person to create in the directory: user id, Thai name with title, English name, position
 * ({@code title}), unit ({@code ou}), mail, and the groups to join. English name, position, unit
 * and mail may be null.
 */
public record NewDirectoryAccount(String uid, String thaiName, String englishName, String title, String unit,
    String mail, Set<String> groups) {}
