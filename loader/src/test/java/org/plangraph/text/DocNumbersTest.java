package org.plangraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocNumbersTest {
    @Test
    void numberWithoutBracketsGetsTheStandardBrackets() {
        assertEquals("中发〔2021〕33号", DocNumbers.find("中发202133号").orElseThrow());
    }

    @Test
    void squareBracketsBecomeStandardBrackets() {
        assertEquals("赣发〔2021〕23号", DocNumbers.find("赣发[2021]23号").orElseThrow());
    }

    @Test
    void roundBracketsBecomeStandardBrackets() {
        assertEquals("宜府办字〔2024〕22号", DocNumbers.find("宜府办字(2024)22号").orElseThrow());
        assertEquals("宜府办字〔2024〕22号", DocNumbers.find("宜府办字（2024）22号").orElseThrow());
    }

    @Test
    void maskedYearStaysMasked() {
        assertEquals("成府发〔20**〕83号", DocNumbers.find("成府发〔20**〕83号").orElseThrow());
    }

    @Test
    void standardFormIsKept() {
        assertEquals("石党法治办发〔2022〕5号", DocNumbers.find("石党法治办发〔2022〕5号").orElseThrow());
    }
}
