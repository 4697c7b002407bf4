package org.planstudio.docimport.internal;

/** Chinese numerals for labels the importer writes itself ("十二是"). */
final class WordNumberingLabels {

    private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

    private WordNumberingLabels() {
    }

    static String chinese(int value) {
        return WordNumbering.chinese(value, DIGITS);
    }
}
