package th.obec.esa.ict.forms.account;

/** Where an account request stands beyond its form's state. */
public enum AccountStatus {
  /** Filed, not yet approved. */
  REQUESTED,
  /** Created in the directory by the application on approval. */
  CREATED,
  /** Approved while the directory is read-only: the ICT officer must create it (the task). */
  TASK_OPEN,
  /** The ICT officer recorded that they created it by hand. */
  TASK_DONE;

  public boolean exists() {
    return this == CREATED || this == TASK_DONE;
  }
}
