package com.interviewbank.markdown;

/**
 * The kinds of damaged text the importer repairs. Each counts restored characters.
 */
public enum RepairKind {

	/** A whole UTF-8 sequence read as Latin-1 or Windows-1252, decoded exactly ({@code Ð¸} → и). */
	COMPLETE_SEQUENCE,

	/** {@code â} between a word and a contraction or after a possessive ({@code canât} → can’t). */
	APOSTROPHE,

	/** {@code â} opening or closing a quotation on its line ({@code âvalueâ} → “value”). */
	QUOTATION_MARK,

	/** {@code â} between spaces or joining two words ({@code str type â which}) → an em dash. */
	DASH,

	/** {@code â¦}: the ellipsis whose middle byte was lost. */
	ELLIPSIS,

	/** Runs of {@code â} drawing a directory tree in a code block ({@code âââ} → ├──). */
	BOX_DRAWING

}
