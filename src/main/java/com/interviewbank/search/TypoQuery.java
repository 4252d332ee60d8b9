package com.interviewbank.search;

import java.io.IOException;

import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * A {@link FuzzyQuery} that takes its Levenshtein automata from {@link TypoAutomata} instead of
 * building them: it matches the same terms and gives each the same boost (1 less the share of the
 * shorter word's letters that are edits), so it ranks as a fuzzy query does. Lucene builds a
 * fuzzy query's automata anew for every query and every field, and a word with typos is looked for
 * in four fields twice over: building them took a quarter of the time of a search (issue 15).
 */
final class TypoQuery extends FuzzyQuery {

	private final TypoAutomata.Levels levels;

	TypoQuery(Term term, int maxEdits, int prefixLength, TypoAutomata automata) {
		super(term, maxEdits, prefixLength);
		this.levels = automata.of(term.text(), maxEdits, prefixLength);
	}

	@Override
	protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
		if (getMaxEdits() == 0) {
			return super.getTermsEnum(terms, atts);
		}
		return new Enum(this.levels.upTo(getMaxEdits()).getTermsEnum(terms), atts, getTerm().bytes(), this.levels);
	}

	@Override
	public void visit(QueryVisitor visitor) {
		if (visitor.acceptField(getField())) {
			visitor.consumeTermsMatching(this, getField(), () -> this.levels.upTo(getMaxEdits()).runAutomaton);
		}
	}

	/** The terms within the most edits, each with the boost of the fewest edits it is from the word. */
	private static final class Enum extends FilteredTermsEnum {

		private final AttributeSource attributes;

		private final BoostAttribute boost;

		private final BytesRef word;

		private final TypoAutomata.Levels levels;

		Enum(TermsEnum matching, AttributeSource attributes, BytesRef word, TypoAutomata.Levels levels) {
			super(matching, false);
			this.attributes = attributes;
			this.boost = attributes.addAttribute(BoostAttribute.class);
			this.word = word;
			this.levels = levels;
		}

		@Override
		protected AcceptStatus accept(BytesRef term) {
			int edits = this.levels.maxEdits();
			while (edits > 0 && within(term, edits - 1)) {
				edits--;
			}
			if (edits == 0) {
				this.boost.setBoost(1f);
			}
			else {
				int shorter = Math.min(UnicodeUtil.codePointCount(term), this.levels.wordLength());
				this.boost.setBoost(1f - (float) edits / shorter);
			}
			return AcceptStatus.YES;
		}

		private boolean within(BytesRef term, int edits) {
			return edits == 0 ? term.bytesEquals(this.word)
					: this.levels.upTo(edits).runAutomaton.run(term.bytes, term.offset, term.length);
		}

		@Override
		public AttributeSource attributes() {
			return this.attributes;
		}

	}

}
