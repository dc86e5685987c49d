/**
 * The Thai PDF toolkit every printed document shares: the fonts (a TrueType Thai font from
 * configuration, shaped by the JDK's layout engine), line breaking between Thai words, and
 * simple bar charts drawn as vectors.
 */
package th.obec.esa.ict.platform.pdf;
