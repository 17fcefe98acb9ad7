package org.plangraph.read;

import java.time.LocalDate;
import java.util.Calendar;
import java.util.Date;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PDF's document information or a Word file's core properties, kept only where they say something
 * about the document. Most are left by the software and the clerk, not the issuer: a title
 * {@code Microsoft Word - 附件1.doc} or a template's {@code 标题}, an author {@code Administrator},
 * a date of 1601 or years in the future; those are dropped.
 */
final class FileProperties {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern FILE_NAME = Pattern.compile("(?i).*\\.(docx?|wps|pdf|txt|rtf|html?|xlsx?|ofd|tmp)\\s*$");
    private static final Pattern SOFTWARE_PREFIX = Pattern.compile("(?i)^(microsoft word|wps文字|wps)\\s*-\\s*");
    private static final Set<String> PLACEHOLDERS = Set.of("标题", "无标题", "未命名", "文档", "新建文档", "正文", "新建 microsoft word 文档",
            "untitled", "document", "title");
    /** An organ's name ends like one; an author such as 张三 or Administrator is a person or an account. */
    private static final Pattern ORGAN = Pattern.compile("^\\p{IsHan}[\\p{IsHan}()（）、]{2,38}(政府|办公室|办公厅|委员会|局|厅|委|部|院|办|中心|司|署)$");
    private static final int MIN_TITLE = 4;
    private static final int MAX_TITLE = 150;
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private FileProperties() {
    }

    /** Title, author and creation date as {@link PageMetadata}: title, publisher (an organ only) and published date. */
    static PageMetadata metadata(String title, String author, LocalDate created) {
        PageMetadata meta = PageMetadata.NONE;
        String t = title(title);
        if (t != null) {
            meta = meta.with(PageMetadata.Field.TITLE, t);
        }
        if (author != null && ORGAN.matcher(author.strip()).matches()) {
            meta = meta.with(PageMetadata.Field.PUBLISHER, author.strip());
        }
        if (created != null && !created.isBefore(EARLIEST) && !created.isAfter(LocalDate.now().plusDays(1))) {
            meta = new PageMetadata(meta.title(), meta.pageTitle(), created, meta.written(), meta.issuer(), meta.publisher(),
                    meta.docNumber(), meta.indexNumber(), meta.subject(), meta.validity());
        }
        return meta;
    }

    static LocalDate date(Calendar calendar) {
        return calendar == null ? null : LocalDate.ofInstant(calendar.toInstant(), calendar.getTimeZone().toZoneId());
    }

    static LocalDate date(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), java.time.ZoneOffset.UTC);
    }

    private static String title(String raw) {
        if (raw == null) {
            return null;
        }
        String t = SOFTWARE_PREFIX.matcher(raw.strip()).replaceFirst("").strip();
        if (t.length() < MIN_TITLE || t.length() > MAX_TITLE || !HAN.matcher(t).find() || FILE_NAME.matcher(t).matches()
                || PLACEHOLDERS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return t;
    }
}
