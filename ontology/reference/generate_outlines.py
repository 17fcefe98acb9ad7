#!/usr/bin/env python3
"""Generate outlines.ttl (reference data on the national outlines) from outlines.json and the
key phrases of outline-key-phrases.tsv.

Usage:
    python3 generate_outlines.py [OUTLINES_JSON] [-o OUTPUT]

OUTLINES_JSON defaults to ../../../shared/reference/outlines.json relative to this
script; OUTPUT defaults to outlines.ttl next to this script ("-" writes to stdout).
Python 3 standard library only; the output is deterministic (no timestamps), so
running the script again on the same JSON gives the same file.

IRIs
    outline  https://w3id.org/plangraph/ref/outline/{slug}
             slug = fzzf-{start}-{end} for 法治政府建设实施纲要({start}—{end}年)
    node     {outline IRI}/item/{segment}, the segment built from arabic numbers:
             part 八                                  -> p8
             item (二十二) directly under part 七      -> p7-i22
             section (三) under part 二 (2015—2020)    -> p2-s3
             arabic item 12 under a section            -> i12   (1…40 run on across sections)
    So for 2021—2025 the json id "(二十二)" is .../item/p7-i22; for 2015—2020 the ids
    一(一) -> p1-i1, 二(三) -> p2-s3, 12 -> i12, 三(四) -> p3-i4.
    Parts have no id in the json; their label ("八") is used as dct:identifier.
"""

import argparse
import json
import re
import sys
from pathlib import Path

BASE = "https://w3id.org/plangraph/ref/outline/"
SLUG_PREFIXES = {"法治政府建设实施纲要": "fzzf"}

PREFIXES = """\
@prefix pg:    <https://w3id.org/plangraph/def#> .
@prefix xsd:   <http://www.w3.org/2001/XMLSchema#> .
@prefix dct:   <http://purl.org/dc/terms/> .
@prefix eli:   <http://data.europa.eu/eli/ontology#> .
@prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
@prefix kind:  <https://w3id.org/plangraph/def/kind/> .
@prefix level: <https://w3id.org/plangraph/def/level/> .
"""

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}


def cn2int(s: str) -> int:
    """Chinese numeral up to 99 (一, 十, 十五, 二十, 三十五) or arabic digits -> int."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        value = (CN_DIGITS[tens] if tens else 1) * 10
        return value + (CN_DIGITS[ones] if ones else 0)
    if len(s) == 1 and s in CN_DIGITS:
        return CN_DIGITS[s]
    raise ValueError(f"not a Chinese numeral: {s!r}")


def label_number(label: str) -> int:
    """'(二十二)' -> 22, '八' -> 8, '12' -> 12."""
    inner = label.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1]
    return cn2int(inner)


def lit(s: str) -> str:
    """A Turtle string literal (without language tag or datatype)."""
    s = (s.replace("\\", "\\\\").replace('"', '\\"')
          .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{s}"'


def iri(s: str) -> str:
    if re.search(r'[\s<>"{}|^`\\]', s):
        raise ValueError(f"not usable as an IRI: {s!r}")
    return f"<{s}>"


def item_prefix(slug: str) -> str:
    """Turtle prefix name for an outline's item namespace: fzzf-2021-2025 -> fzzf20212025."""
    return slug.replace("-", "")


def node_ref(slug: str, segment: str) -> str:
    return f"{item_prefix(slug)}:{segment}"


def outline_slug(title: str):
    m = re.fullmatch(r"(.+?)\((\d{4})\s*[—–\-―－]+\s*(\d{4})年\)", title)
    if not m or m.group(1) not in SLUG_PREFIXES:
        raise ValueError(f"no slug rule for outline title {title!r}")
    return f"{SLUG_PREFIXES[m.group(1)]}-{m.group(2)}-{m.group(3)}", m.group(2), m.group(3)


class Node:
    """One pg:OutlineItem (part, section or item) to be written."""

    def __init__(self, segment, parent_iri, label, part, title, order, ident,
                 confirmed, evidence, label_seen, sources):
        self.segment = segment
        self.parent_iri = parent_iri
        self.label = label
        self.part = part
        self.title = title
        self.order = order
        self.ident = ident
        self.confirmed = confirmed
        self.evidence = evidence
        self.label_seen = label_seen
        self.sources = sources
        self.children = []


def source_urls(ids, source_map):
    urls = []
    for sid in ids:
        if sid not in source_map:
            raise ValueError(f"unknown source id {sid!r}")
        if source_map[sid] not in urls:
            urls.append(source_map[sid])
    return urls


def build_nodes(outline, outline_iri, source_map):
    """Return the part nodes (with children) of one outline."""
    parts = []
    for p_order, part in enumerate(outline["parts"], start=1):
        p_no = label_number(part["label"])
        part_node = Node(
            segment=f"p{p_no}", parent_iri=outline_iri, label=part["label"],
            part=part["label"], title=part["title"], order=p_order, ident=part["label"],
            confirmed=part.get("confirmed"), evidence=part.get("evidence"), label_seen=None,
            sources=source_urls(part.get("sources", []), source_map))
        part_iri = f"{outline_iri}/item/{part_node.segment}"
        sections = {}
        for s_order, sec in enumerate(part.get("sections", []), start=1):
            s_node = Node(
                segment=f"p{p_no}-s{label_number(sec['label'])}", parent_iri=part_iri,
                label=sec["label"], part=part["label"], title=sec["title"], order=s_order,
                ident=sec["id"], confirmed=sec.get("confirmed"), evidence=sec.get("evidence"),
                label_seen=sec.get("labelSeen"),
                sources=source_urls(sec.get("sources", []), source_map))
            part_node.children.append(s_node)
            sections[sec["label"]] = s_node
        direct_order = 0
        for item in part.get("items", []):
            if item.get("section"):
                parent = sections[item["section"]]
                segment = f"i{label_number(item['label'])}"
                order = len(parent.children) + 1
            else:
                parent = part_node
                segment = f"p{p_no}-i{label_number(item['label'])}"
                direct_order += 1
                order = direct_order
            node = Node(
                segment=segment, parent_iri=f"{outline_iri}/item/{parent.segment}",
                label=item["label"], part=part["label"], title=item["title"], order=order,
                ident=item["id"], confirmed=item.get("confirmed"),
                evidence=item.get("evidence"), label_seen=item.get("labelSeen"),
                sources=source_urls(item.get("sources", []), source_map))
            parent.children.append(node)
        parts.append(part_node)
    return parts


def walk(nodes):
    for n in nodes:
        yield n
        yield from walk(n.children)


def read_key_phrases(path):
    """(outline slug, item id) -> its key phrases, from outline-key-phrases.tsv (# lines are comments)."""
    phrases = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            slug, ident, listed = line.split("\t")
            if (slug, ident) in phrases:
                raise ValueError(f"key phrases listed twice for {slug} {ident}")
            phrases[(slug, ident)] = [p.strip() for p in listed.split("；") if p.strip()]
    return phrases


def write_outline(out, outline, key_phrases):
    slug, start, end = outline_slug(outline["title"])
    o_iri = BASE + slug
    source_map = {s["id"]: s["url"] for s in outline.get("sources", [])}
    parts = build_nodes(outline, o_iri, source_map)
    nodes = list(walk(parts))

    segments = [n.segment for n in nodes]
    if len(segments) != len(set(segments)):
        raise ValueError(f"duplicate item IRIs in {slug}")
    idents = [n.ident for n in nodes]
    if len(idents) != len(set(idents)):
        raise ValueError(f"duplicate dct:identifier values in {slug}")

    out.write(f"# {outline['title']}\n")
    out.write(f"{iri(o_iri)}\n")
    out.write("    a pg:Policy ;\n")
    out.write("    eli:type_document kind:outline ;\n")
    out.write(f"    dct:title {lit(outline['title'])}@zh ;\n")
    if outline.get("docNumber"):
        out.write(f"    eli:id_local {lit(outline['docNumber'])} ;\n")
    if outline.get("issuer"):
        out.write(f"    pg:issuerName {lit(outline['issuer'])} ;\n")
    if outline.get("date"):
        out.write(f"    eli:date_document {lit(outline['date'])}^^xsd:date ;\n")
        if "public release" in (outline.get("dateNote") or ""):
            out.write('    pg:dateSource "published" ;\n')
    out.write(f'    pg:periodStart "{start}"^^xsd:gYear ;\n')
    out.write(f'    pg:periodEnd "{end}"^^xsd:gYear ;\n')
    out.write("    pg:level level:national ;\n")
    for alt in outline.get("altTitles", []) or []:
        out.write(f"    skos:altLabel {lit(alt)}@zh ;\n")
    notes = []
    if outline.get("dateNote"):
        notes.append("Date: " + outline["dateNote"])
    if outline.get("docNumberConfirmed") is False:
        notes.append("Document number not confirmed on a retrieved page"
                     + (": " + outline["docNumberNote"] if outline.get("docNumberNote") else "."))
    if outline.get("structure"):
        notes.append("Structure: " + outline["structure"])
    for note in notes:
        out.write(f"    skos:editorialNote {lit(note)}@en ;\n")
    for url in source_urls([s["id"] for s in outline.get("sources", [])], source_map):
        out.write(f"    dct:source {iri(url)} ;\n")
    out.write(f"    pg:itemScheme {iri(o_iri + '/items')} ;\n")
    out.write("    eli:has_part " + " , ".join(
        node_ref(slug, p.segment) for p in parts) + " ;\n")
    out.write("    pg:outlineItem " + " ,\n        ".join(
        node_ref(slug, n.segment) for n in nodes) + " .\n\n")

    # The outline's parts, sections and items as a SKOS concept scheme, so that a measure can be
    # aligned to an item as to a concept (SSSOM object) and an item found by its key phrases.
    out.write(f"{iri(o_iri + '/items')}\n")
    out.write("    a skos:ConceptScheme ;\n")
    out.write(f"    skos:prefLabel {lit(outline['title'] + ' 条目')}@zh , {lit('Items of ' + outline['title'])}@en ;\n")
    out.write(f"    dct:source {iri(o_iri)} ;\n")
    out.write("    skos:hasTopConcept " + " , ".join(node_ref(slug, p.segment) for p in parts) + " .\n\n")

    for n in nodes:
        parent = (iri(n.parent_iri) if n.parent_iri == o_iri
                  else node_ref(slug, n.parent_iri.rsplit("/", 1)[1]))
        lines = [
            "a pg:OutlineItem , skos:Concept",
            f"skos:inScheme {iri(o_iri + '/items')}",
            f"skos:prefLabel {lit(n.title)}@zh",
            f"skos:notation {lit(n.ident)}",
            f"eli:is_part_of {parent}",
            f"pg:label {lit(n.label)}",
            f"pg:part {lit(n.part)}",
            f"dct:title {lit(n.title)}@zh",
            f"pg:order {n.order}",
            f"dct:identifier {lit(n.ident)}",
        ]
        if n.parent_iri != o_iri:
            lines.append(f"skos:broader {parent}")
        else:
            lines.append(f"skos:topConceptOf {iri(o_iri + '/items')}")
        for phrase in key_phrases.get((slug, n.ident), []):
            lines.append(f"skos:altLabel {lit(phrase)}@zh")
            lines.append(f"pg:keyPhrase {lit(phrase)}@zh")
        if n.confirmed is not None:
            lines.append(f"pg:confirmed {'true' if n.confirmed else 'false'}")
        note = n.evidence or ""
        if n.label_seen:
            note = (note + " " if note else "") + "(Number seen with the title.)"
        if note:
            lines.append(f"skos:editorialNote {lit(note)}@en")
        for url in n.sources:
            lines.append(f"dct:source {iri(url)}")
        if n.children:
            lines.append("eli:has_part " + " , ".join(
                node_ref(slug, c.segment) for c in n.children))
        out.write(f"{node_ref(slug, n.segment)}\n    " + " ;\n    ".join(lines) + " .\n\n")
    return len(nodes)


def main(argv=None):
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("json", nargs="?",
                    default=str(here / ".." / ".." / ".." / "shared" / "reference" / "outlines.json"))
    ap.add_argument("--key-phrases", default=str(here / "outline-key-phrases.tsv"),
                    help="TSV of key phrases per item, written for plangraph (see its header)")
    ap.add_argument("-o", "--output", default=str(here / "outlines.ttl"))
    args = ap.parse_args(argv)

    with open(args.json, encoding="utf-8") as f:
        data = json.load(f)
    key_phrases = read_key_phrases(args.key_phrases)

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="\n")
    try:
        out.write("# GENERATED by generate_outlines.py from shared/reference/outlines.json -- do not edit.\n")
        out.write("# Reference data: titles and numbering of the national outlines (no body text).\n")
        out.write("# pg:confirmed false marks titles not seen on a retrieved page (taken from the\n")
        out.write("# published text as recalled); skos:editorialNote keeps the json's evidence.\n")
        out.write("# Items are also skos:Concepts of the outline's scheme ({outline}/items); their\n")
        out.write("# skos:altLabel / pg:keyPhrase are the key phrases of outline-key-phrases.tsv, written\n")
        out.write("# for plangraph from what each item covers (not the outline's sentences).\n")
        out.write("# Item IRIs: see the docstring of generate_outlines.py (e.g. (二十二) -> p7-i22).\n\n")
        out.write(PREFIXES)
        for outline in data["outlines"]:
            slug = outline_slug(outline["title"])[0]
            out.write(f"@prefix {item_prefix(slug)}: <{BASE}{slug}/item/> .\n")
        out.write("\n")
        total = 0
        for outline in data["outlines"]:
            total += write_outline(out, outline, key_phrases)
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"wrote {len(data['outlines'])} outlines, {total} items to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
