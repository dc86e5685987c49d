package th.obec.esa.ict.delegation.rules;

/** Why the rules say no: a message key and its arguments. */
public record Refusal(String key, Object... args) {}
