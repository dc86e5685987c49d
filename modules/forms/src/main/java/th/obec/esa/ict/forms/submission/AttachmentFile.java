package th.obec.esa.ict.forms.submission;

/** An attachment with its bytes, for download. */
public record AttachmentFile(AttachmentView info, byte[] content) {}
