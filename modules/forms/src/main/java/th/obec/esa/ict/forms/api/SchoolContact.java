package th.obec.esa.ict.forms.api;

/** A person at a school who asks the ICT group for something (schools are requesters too). */
public record SchoolContact(String name, String school, String phone) {}
