package com.interviewbank.markdown;

/**
 * The kinds of damaged text the importer repairs. Each counts restored characters.
 */
public enum RepairKind {

	/** A whole UTF-8 sequence read as Latin-1 or Windows-1252, decoded exactly ({@code Ð¸} → и). */
	COMPLETE_SEQUENCE,

	/** {@code â} between a word and a contraction or after a possessive ({@code canât} → can’t). */
	APOSTROPHE,

	/**
	 * {@code â} opening or closing a quotation on its line ({@code âvalueâ} → “value”); single marks
	 * around a character or a keyword ({@code âasâ keyword} → ‘as’ keyword).
	 */
	QUOTATION_MARK,

	/**
	 * {@code â} between spaces or joining two words: an en dash for a range, a pair of terms
	 * ({@code openâclosed} → open–closed) or a list item's term and its description, else an em dash.
	 */
	DASH,

	/** {@code â¦}: the ellipsis whose middle byte was lost. */
	ELLIPSIS,

	/**
	 * A Cyrillic letter whose second byte was lost ({@code ÐÑÐ¿Ð¾Ð»ÑÐ·ÑÐµÐ¼} → Используем), chosen by
	 * a Russian letter model; a word is restored only when the model is confident.
	 */
	CYRILLIC_LETTER,

	/** Runs of {@code â} drawing a directory tree in a code block ({@code âââ} → ├──). */
	BOX_DRAWING

}
