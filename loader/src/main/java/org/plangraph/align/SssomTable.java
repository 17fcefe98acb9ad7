package org.plangraph.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An SSSOM/TSV table: the YAML metadata block (lines starting with {@code #}), with its curie_map,
 * then a header row and one mapping per row. Reads what {@link SssomWriter} writes and what a curator
 * edits; only the flat part of YAML that SSSOM uses (key: value, and the curie_map's indented pairs).
 *
 * @param metadata the block's top-level keys and values, curie_map left out
 * @param curieMap prefix → namespace
 * @param rows     each mapping as column → value, in file order
 */
public record SssomTable(Map<String, String> metadata, Map<String, String> curieMap, List<Map<String, String>> rows) {
    public SssomTable {
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        curieMap = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(curieMap));
        rows = List.copyOf(rows);
    }

    public static SssomTable parse(String tsv) {
        Map<String, String> metadata = new LinkedHashMap<>();
        Map<String, String> curies = new LinkedHashMap<>();
        List<Map<String, String>> rows = new ArrayList<>();
        String[] header = null;
        boolean inCurieMap = false;
        for (String line : tsv.split("\\R")) {
            if (line.startsWith("#")) {
                String yaml = line.substring(1);
                if (yaml.isBlank()) {
                    continue;
                }
                boolean indented = yaml.startsWith("  ");
                String[] kv = yaml.strip().split(":\\s*", 2);
                if (indented && inCurieMap && kv.length == 2) {
                    curies.put(kv[0], unquote(kv[1]));
                } else if (!indented && kv.length == 2) {
                    inCurieMap = kv[0].equals("curie_map") && kv[1].isBlank();
                    if (!inCurieMap) {
                        metadata.put(kv[0], unquote(kv[1]));
                    }
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return new SssomTable(metadata, curies, rows);
    }

    /** A CURIE expanded with the curie_map; an IRI or an unknown prefix is returned as it is. */
    public String expand(String curie) {
        if (curie == null) {
            return null;
        }
        int colon = curie.indexOf(':');
        if (colon > 0) {
            String ns = curieMap.get(curie.substring(0, colon));
            if (ns != null) {
                return ns + curie.substring(colon + 1);
            }
        }
        return curie;
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
