package org.plangraph.repair;

import java.util.regex.Pattern;

/**
 * One line of {@code ontology/cues/page-chrome.tsv}: what to do with a line of web-page debris.
 *
 * @param action  {@code drop} the line; {@code cut-before}: drop it and everything above it (navigation
 *                precedes the breadcrumb); {@code cut-after}: drop it and everything below it;
 *                {@code meta:FIELD}: drop it and keep group 1 as page metadata FIELD
 * @param pattern matched against the repaired (simplified, width-folded) line, trimmed
 */
public record ChromeRule(String action, Pattern pattern) {
}
