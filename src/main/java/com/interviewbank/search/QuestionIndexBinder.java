package com.interviewbank.search;

import java.util.List;
import java.util.Locale;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import com.interviewbank.guide.Question;

/**
 * What the index holds of a question. A question row never changes once written (a re-import
 * writes a new version), so the document is built once, from the root entity only.
 *
 * <p>
 * Text goes to a standard field (unstemmed, any language) and, for English guides, to an English
 * field as well, so English guides get stemming and others are not mangled by it.
 */
class QuestionIndexBinder implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().useRootOnly();
		IndexFieldTypeFactory types = context.typeFactory();
		IndexSchemaElement schema = context.indexSchemaElement();
		var english = types.asString()
			.analyzer(Analysis.ENGLISH)
			.searchAnalyzer(Analysis.ENGLISH_QUERY)
			.highlightable(List.of(Highlightable.ANY))
			.termVector(TermVector.WITH_POSITIONS_OFFSETS)
			.toIndexFieldType();
		var standard = types.asString()
			.analyzer(Analysis.STANDARD)
			.searchAnalyzer(Analysis.STANDARD_QUERY)
			.highlightable(List.of(Highlightable.ANY))
			.termVector(TermVector.WITH_POSITIONS_OFFSETS)
			.toIndexFieldType();
		var code = types.asString().analyzer(Analysis.CODE).toIndexFieldType();
		var prefix = types.asString().analyzer(Analysis.PREFIX).searchAnalyzer(Analysis.PREFIX_QUERY).toIndexFieldType();
		var exact = types.asString().normalizer(Analysis.LOWERCASE).toIndexFieldType();
		var keyword = types.asString().aggregable(Aggregable.YES).projectable(Projectable.NO).toIndexFieldType();
		var number = types.asLong().searchable(Searchable.YES).toIndexFieldType();
		Fields fields = new Fields(schema.field(IndexFields.TITLE_EN, english).toReference(),
				schema.field(IndexFields.TITLE_STD, standard).toReference(),
				schema.field(IndexFields.TITLE_EXACT, exact).toReference(),
				schema.field(IndexFields.TITLE_CODE, code).toReference(),
				schema.field(IndexFields.TITLE_PREFIX, prefix).toReference(),
				schema.field(IndexFields.HEADINGS_EN, english).toReference(),
				schema.field(IndexFields.HEADINGS_STD, standard).toReference(),
				schema.field(IndexFields.PROSE_EN, english).toReference(),
				schema.field(IndexFields.PROSE_STD, standard).toReference(),
				schema.field(IndexFields.CODE, code).toReference(),
				schema.field(IndexFields.TOPIC_TITLE, standard).toReference(),
				schema.field(IndexFields.GUIDE, keyword).toReference(),
				schema.field(IndexFields.TOPIC, keyword).toReference(),
				schema.field(IndexFields.KIND, keyword).toReference(),
				schema.field(IndexFields.VERSION, number).toReference());
		context.bridge(Question.class, new Bridge(fields));
	}

	private record Fields(IndexFieldReference<String> titleEn, IndexFieldReference<String> titleStd,
			IndexFieldReference<String> titleExact, IndexFieldReference<String> titleCode,
			IndexFieldReference<String> titlePrefix, IndexFieldReference<String> headingsEn,
			IndexFieldReference<String> headingsStd, IndexFieldReference<String> proseEn,
			IndexFieldReference<String> proseStd, IndexFieldReference<String> code,
			IndexFieldReference<String> topicTitle, IndexFieldReference<String> guide,
			IndexFieldReference<String> topic, IndexFieldReference<String> kind, IndexFieldReference<Long> version) {
	}

	private record Bridge(Fields fields) implements TypeBridge<Question> {

		/**
		 * Every text goes to the standard field, unstemmed: it takes typos ("decoratr" is one edit
		 * from "decorator", three from its stem "decor") and exact forms; English text also goes to
		 * the stemmed field.
		 */
		private static void addText(DocumentElement document, boolean english, IndexFieldReference<String> stemmed,
				IndexFieldReference<String> standard, String text) {
			document.addValue(standard, text);
			if (english) {
				document.addValue(stemmed, text);
			}
		}

		@Override
		public void write(DocumentElement document, Question question, TypeBridgeWriteContext context) {
			var version = question.getVersion();
			var guide = version.getGuide();
			boolean english = "en".equals(guide.getLanguage());
			IndexedText text = IndexedText.of(question.getAnswerHtml());
			addText(document, english, this.fields.titleEn(), this.fields.titleStd(), question.getTitle());
			document.addValue(this.fields.titleExact(), question.getTitle().strip().toLowerCase(Locale.ROOT));
			document.addValue(this.fields.titleCode(), question.getTitle());
			document.addValue(this.fields.titlePrefix(), question.getTitle());
			addText(document, english, this.fields.headingsEn(), this.fields.headingsStd(), text.headings());
			addText(document, english, this.fields.proseEn(), this.fields.proseStd(), text.prose());
			document.addValue(this.fields.code(), text.code());
			document.addValue(this.fields.topicTitle(), question.getTopic().getTitle());
			document.addValue(this.fields.guide(), guide.getSlug());
			document.addValue(this.fields.topic(), IndexFields.topicKey(guide.getSlug(), question.getTopic().getSlug()));
			document.addValue(this.fields.kind(), question.getKind().name());
			document.addValue(this.fields.version(), version.getId());
		}

	}

}
