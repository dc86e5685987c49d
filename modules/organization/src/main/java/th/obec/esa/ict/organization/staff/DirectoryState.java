package th.obec.esa.ict.organization.staff;

/**
 * What the office's directory says of a person's uid (org_staff.directory_state): the account is
 * there and usable, there but disabled, or not there any more. A DISABLED or REMOVED person does
 * not act in the acting resolution.
 */
public enum DirectoryState { ACTIVE, DISABLED, REMOVED }
