package org.cdisignals.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The CSV export's formula neutralisation ({@code ExportCsv.neutralise}): a cell whose first character other than a
 * space is {@code = + - @}, a tab or a carriage return gets a leading {@code '}, unless it is a plain number.
 */
class CsvNeutralisationTest {

    @Example
    void aFormulaAfterLeadingSpacesIsNeutralised() {
        assertEquals("'  =HYPERLINK(\"x\")", ExportCsv.neutralise("  =HYPERLINK(\"x\")"));
    }

    @Example
    void aTabOrCarriageReturnFirstIsNeutralised() {
        assertEquals("'\t=1+1", ExportCsv.neutralise("\t=1+1"));
        assertEquals("' \r@SUM(A1)", ExportCsv.neutralise(" \r@SUM(A1)"));
    }

    @Example
    void plainNumbersStayAsTheyAre() {
        assertEquals("-3", ExportCsv.neutralise("-3"));
        assertEquals("+1.5", ExportCsv.neutralise("+1.5"));
        assertEquals("-1e3", ExportCsv.neutralise("-1e3"));
        assertEquals(" -.5 ", ExportCsv.neutralise(" -.5 "));
    }

    @Example
    void aNumberFollowedByAFormulaIsNeutralised() {
        assertEquals("'-3+cmd|' /C calc'!A0", ExportCsv.neutralise("-3+cmd|' /C calc'!A0"));
        assertEquals("'-", ExportCsv.neutralise("-"));
    }

    @Example
    void textAndEmptyCellsStayAsTheyAre() {
        assertEquals("", ExportCsv.neutralise(""));
        assertEquals("   ", ExportCsv.neutralise("   "));
        assertEquals("a=b", ExportCsv.neutralise("a=b"));
    }

    @Property
    void anyFormulaAfterAnySpacesIsNeutralised(@ForAll @IntRange(max = 5) int spaces,
                                               @ForAll("formulaStarts") char start, @ForAll("text") String rest) {
        String cell = " ".repeat(spaces) + start + "A" + rest;

        assertEquals("'" + cell, ExportCsv.neutralise(cell));
    }

    @Property
    void everyDecimalNumberStaysAsItIs(@ForAll double value, @ForAll boolean plus) {
        Assume.that(Double.isFinite(value));
        String cell = (plus && value >= 0 ? "+" : "") + value;

        assertEquals(cell, ExportCsv.neutralise(cell));
    }

    @Property
    void aCellIsEitherLeftAsItIsOrOnlyPrefixed(@ForAll String cell) {
        String neutralised = ExportCsv.neutralise(cell);

        assertTrue(neutralised.equals(cell) || neutralised.equals("'" + cell), neutralised);
    }

    @Provide
    Arbitrary<Character> formulaStarts() {
        return Arbitraries.of('=', '+', '-', '@', '\t', '\r');
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().ofMaxLength(20);
    }
}
