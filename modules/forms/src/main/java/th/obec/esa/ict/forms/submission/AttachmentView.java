package th.obec.esa.ict.forms.submission;

import java.time.OffsetDateTime;

/** An attachment without its bytes. */
public record AttachmentView(long id, String fileName, String contentType, int sizeBytes, String addedBy,
    OffsetDateTime addedAt) {}
