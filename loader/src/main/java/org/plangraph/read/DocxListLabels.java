package org.plangraph.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The labels Word generates for numbered paragraphs of a DOCX, as it prints them ({@code 一、},
 * {@code （一）}, {@code 1.}). Word keeps these out of the paragraph's text, in {@code numbering.xml};
 * a paragraph is numbered by its own {@code w:numPr} or by its style's. Counting follows Word: list
 * instances ({@code w:num}) that share an abstract definition share its counters, and an instance's
 * start override restarts a level where the instance is first used.
 */
final class DocxListLabels {
    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Style inheritance deeper than this is a loop in a damaged file. */
    private static final int MAX_STYLE_DEPTH = 20;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<BigInteger, ListCounters> countersByAbstract = new HashMap<>();
    private final Map<BigInteger, ListCounters.Level[]> levelsByNum = new HashMap<>();
    private final Set<BigInteger> numsSeen = new HashSet<>();

    DocxListLabels(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.styles = document.getStyles();
    }

    /** The label (and the space after it, if any) that Word prints before this paragraph; empty if none. */
    String labelOf(XWPFParagraph paragraph) {
        if (numbering == null) {
            return "";
        }
        CTNumPr numPr = numPr(paragraph);
        if (numPr == null || numPr.getNumId() == null) {
            return "";
        }
        BigInteger numId = numPr.getNumId().getVal();
        if (numId == null || numId.signum() == 0) {
            return ""; // numId 0 switches off a style's numbering
        }
        int level = numPr.getIlvl() == null || numPr.getIlvl().getVal() == null ? 0 : numPr.getIlvl().getVal().intValue();
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return "";
        }
        ListCounters.Level[] levels = levelsByNum.computeIfAbsent(numId, id -> levels(abstractNum, num));
        ListCounters counters = countersByAbstract.computeIfAbsent(abstractId, id -> new ListCounters());
        if (numsSeen.add(numId)) {
            for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                if (override.isSetStartOverride() && override.getIlvl() != null) {
                    int l = override.getIlvl().intValue();
                    if (l >= 0 && l < ListCounters.LEVELS) {
                        counters.restartAt(l, override.getStartOverride().getVal().intValue());
                    }
                }
            }
        }
        return counters.next(level, levels);
    }

    private CTNumPr numPr(XWPFParagraph paragraph) {
        var pPr = paragraph.getCTP().getPPr();
        if (pPr != null && pPr.getNumPr() != null) {
            return pPr.getNumPr();
        }
        if (styles == null) {
            return null;
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            CTPPrBase stylePPr = style.getCTStyle().getPPr();
            if (stylePPr != null && stylePPr.getNumPr() != null) {
                return stylePPr.getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    private static ListCounters.Level[] levels(XWPFAbstractNum abstractNum, XWPFNum num) {
        ListCounters.Level[] levels = new ListCounters.Level[ListCounters.LEVELS];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            put(levels, lvl);
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.isSetLvl()) {
                put(levels, override.getLvl());
            }
        }
        return levels;
    }

    private static void put(ListCounters.Level[] levels, CTLvl lvl) {
        int index = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
        if (index < 0 || index >= ListCounters.LEVELS) {
            return;
        }
        int start = lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
        String format = lvl.isSetNumFmt() && lvl.getNumFmt().getVal() != null ? lvl.getNumFmt().getVal().toString() : "decimal";
        String text = lvl.isSetLvlText() ? lvl.getLvlText().getVal() : "";
        int restart = lvl.isSetLvlRestart() ? lvl.getLvlRestart().getVal().intValue() : index;
        boolean legal = lvl.isSetIsLgl() && onOff(lvl.getIsLgl().getDomNode());
        levels[index] = new ListCounters.Level(start, format, text, restart, legal, !"nothing".equals(suffix(lvl)));
    }

    /** {@code w:suff} read from the XML: the typed accessor's class is not in poi-ooxml-lite. */
    private static String suffix(CTLvl lvl) {
        for (Node child = lvl.getDomNode().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && "suff".equals(e.getLocalName()) && WORD_NS.equals(e.getNamespaceURI())) {
                return e.getAttributeNS(WORD_NS, "val");
            }
        }
        return "tab";
    }

    private static boolean onOff(Node node) {
        if (!(node instanceof Element e)) {
            return true;
        }
        String val = e.getAttributeNS(WORD_NS, "val");
        return val.isEmpty() || val.equals("true") || val.equals("1") || val.equals("on");
    }
}
