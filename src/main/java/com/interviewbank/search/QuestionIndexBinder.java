package com.interviewbank.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.IndexFieldType;
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
 * Text goes to a standard field (unstemmed, any language) and, for a guide in an
 * {@link AnalysedLanguage}, to that language's field as well: English and Russian guides get
 * stemming, Chinese ones word segmentation, and no guide is mangled by another language's analysis.
 *
 * <p>
 * On the Lucene backend snippets are marked in the application from the standard fields' stored
 * text ({@link LocalSnippets}), so no field keeps term vectors and the languages' fields are not
 * stored; on a cluster, which highlights itself, prose and headings keep their text and term
 * vectors in every field.
 */
class QuestionIndexBinder implements TypeBinder {

	private final boolean clusterHighlights;

	private final String layout;

	/**
	 * @param backend the backend the documents are written to: a cluster (Elasticsearch/OpenSearch)
	 * highlights snippets itself, and each backend has its layout ({@link IndexFields#layout})
	 */
	QuestionIndexBinder(SearchProperties.Backend backend) {
		this.clusterHighlights = backend == SearchProperties.Backend.ELASTICSEARCH;
		this.layout = IndexFields.layout(backend);
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().useRootOnly();
		IndexFieldTypeFactory types = context.typeFactory();
		IndexSchemaElement schema = context.indexSchemaElement();
		Map<AnalysedLanguage, LanguageFields> languages = new EnumMap<>(AnalysedLanguage.class);
		for (AnalysedLanguage language : AnalysedLanguage.values()) {
			var analysed = text(types, language.analyzer(), language.queryAnalyzer());
			var snippets = this.clusterHighlights
					? snippetText(types, language.analyzer(), language.queryAnalyzer(), Projectable.NO)
					: analysed;
			languages.put(language, new LanguageFields(schema.field(language.titleField(), analysed).toReference(),
					schema.field(language.headingsField(), snippets).toReference(),
					schema.field(language.proseField(), snippets).toReference()));
		}
		var standard = text(types, Analysis.STANDARD, Analysis.STANDARD_QUERY);
		var standardSnippets = this.clusterHighlights
				? snippetText(types, Analysis.STANDARD, Analysis.STANDARD_QUERY, Projectable.YES)
				: storedText(types, Analysis.STANDARD, Analysis.STANDARD_QUERY);
		var code = types.asString().analyzer(Analysis.CODE).toIndexFieldType();
		var prefix = types.asString().analyzer(Analysis.PREFIX).searchAnalyzer(Analysis.PREFIX_QUERY).toIndexFieldType();
		var exact = types.asString().normalizer(Analysis.LOWERCASE).toIndexFieldType();
		var keyword = types.asString().aggregable(Aggregable.YES).projectable(Projectable.YES).toIndexFieldType();
		var shown = types.asString().searchable(Searchable.NO).projectable(Projectable.YES).toIndexFieldType();
		var number = types.asLong().searchable(Searchable.YES).toIndexFieldType();
		var level = types.asInteger().searchable(Searchable.YES).aggregable(Aggregable.YES).toIndexFieldType();
		Fields fields = new Fields(languages, schema.field(IndexFields.TITLE_STD, standard).toReference(),
				schema.field(IndexFields.TITLE_EXACT, exact).toReference(),
				schema.field(IndexFields.TITLE_CODE, code).toReference(),
				schema.field(IndexFields.TITLE_PREFIX, prefix).toReference(),
				schema.field(IndexFields.HEADINGS_STD, standardSnippets).toReference(),
				schema.field(IndexFields.PROSE_STD, standardSnippets).toReference(),
				schema.field(IndexFields.CODE, code).toReference(),
				schema.field(IndexFields.TOPIC_TITLE, standard).toReference(),
				schema.field(IndexFields.GUIDE, keyword).toReference(),
				schema.field(IndexFields.TOPIC, keyword).toReference(),
				schema.field(IndexFields.KIND, keyword).toReference(),
				schema.field(IndexFields.VERSION, number).toReference(),
				schema.field(IndexFields.TAG, keyword).multiValued().toReference(),
				schema.field(IndexFields.DIFFICULTY, level).toReference(),
				new Shown(schema.field(IndexFields.SHOWN_KEY, shown).toReference(),
						schema.field(IndexFields.SHOWN_SLUG, shown).toReference(),
						schema.field(IndexFields.SHOWN_TITLE, shown).toReference(),
						schema.field(IndexFields.SHOWN_TOPIC_TITLE, shown).toReference(),
						schema.field(IndexFields.SHOWN_SUBSECTION, shown).multiValued().toReference(),
						schema.field(IndexFields.SHOWN_CODE, shown).toReference()),
				schema.field(IndexFields.LAYOUT, types.asString().toIndexFieldType()).toReference());
		context.bridge(Question.class, new Bridge(fields, this.layout));
	}

	/** Searched text that is never highlighted (titles are marked by {@link Snippets#mark}). */
	private static IndexFieldType<String> text(IndexFieldTypeFactory types, String analyzer, String queryAnalyzer) {
		return types.asString().analyzer(analyzer).searchAnalyzer(queryAnalyzer).toIndexFieldType();
	}

	/** Searched text whose text is stored, for snippets marked in the application (standard prose, headings). */
	private static IndexFieldType<String> storedText(IndexFieldTypeFactory types, String analyzer, String queryAnalyzer) {
		return types.asString().analyzer(analyzer).searchAnalyzer(queryAnalyzer).projectable(Projectable.YES).toIndexFieldType();
	}

	/**
	 * Searched text that a cluster highlights snippets in (prose, headings), with term vectors for
	 * its fast vector highlighter. Only these fields keep term vectors: the highlighter decodes all
	 * of a document's term vectors for each field it highlights, so every other field's would be
	 * read for nothing. The standard ones are projectable too ({@link ShownHit}).
	 */
	private static IndexFieldType<String> snippetText(IndexFieldTypeFactory types, String analyzer,
			String queryAnalyzer, Projectable projectable) {
		return types.asString()
			.analyzer(analyzer)
			.searchAnalyzer(queryAnalyzer)
			.projectable(projectable)
			.highlightable(List.of(Highlightable.ANY))
			.termVector(TermVector.WITH_POSITIONS_OFFSETS)
			.toIndexFieldType();
	}

	/** The fields of one analysed language. */
	private record LanguageFields(IndexFieldReference<String> title, IndexFieldReference<String> headings,
			IndexFieldReference<String> prose) {
	}

	private record Fields(Map<AnalysedLanguage, LanguageFields> languages, IndexFieldReference<String> titleStd,
			IndexFieldReference<String> titleExact, IndexFieldReference<String> titleCode,
			IndexFieldReference<String> titlePrefix, IndexFieldReference<String> headingsStd,
			IndexFieldReference<String> proseStd, IndexFieldReference<String> code,
			IndexFieldReference<String> topicTitle, IndexFieldReference<String> guide,
			IndexFieldReference<String> topic, IndexFieldReference<String> kind, IndexFieldReference<Long> version,
			IndexFieldReference<String> tag, IndexFieldReference<Integer> difficulty, Shown shown,
			IndexFieldReference<String> layout) {
	}

	/** The stored fields of {@link IndexFields#SHOWN_KEY} and the rest. */
	private record Shown(IndexFieldReference<String> key, IndexFieldReference<String> slug,
			IndexFieldReference<String> title, IndexFieldReference<String> topicTitle,
			IndexFieldReference<String> subsection, IndexFieldReference<String> code) {
	}

	private record Bridge(Fields fields, String layout) implements TypeBridge<Question> {

		/**
		 * Every text goes to the standard field, unstemmed: it takes typos ("decoratr" is one edit
		 * from "decorator", three from its stem "decor") and exact forms; the text of a guide in an
		 * analysed language also goes to that language's field.
		 */
		private static void addText(DocumentElement document, IndexFieldReference<String> analysed,
				IndexFieldReference<String> standard, String text) {
			document.addValue(standard, text);
			if (analysed != null) {
				document.addValue(analysed, text);
			}
		}

		@Override
		public void write(DocumentElement document, Question question, TypeBridgeWriteContext context) {
			var version = question.getVersion();
			var guide = version.getGuide();
			LanguageFields analysed = AnalysedLanguage.of(guide.getLanguage())
				.map(this.fields.languages()::get)
				.orElse(new LanguageFields(null, null, null));
			IndexedText text = IndexedText.of(question.getAnswerHtml());
			addText(document, analysed.title(), this.fields.titleStd(), question.getTitle());
			document.addValue(this.fields.titleExact(), question.getTitle().strip().toLowerCase(Locale.ROOT));
			document.addValue(this.fields.titleCode(), question.getTitle());
			document.addValue(this.fields.titlePrefix(), question.getTitle());
			addText(document, analysed.headings(), this.fields.headingsStd(), text.headings());
			addText(document, analysed.prose(), this.fields.proseStd(), text.prose());
			document.addValue(this.fields.code(), text.code());
			document.addValue(this.fields.topicTitle(), question.getTopic().getTitle());
			document.addValue(this.fields.guide(), guide.getSlug());
			document.addValue(this.fields.topic(), IndexFields.topicKey(guide.getSlug(), question.getTopic().getSlug()));
			document.addValue(this.fields.kind(), question.getKind().name());
			document.addValue(this.fields.version(), version.getId());
			question.getTags().forEach(tag -> document.addValue(this.fields.tag(), tag));
			document.addValue(this.fields.difficulty(), question.getDifficulty());
			Shown shown = this.fields.shown();
			document.addValue(shown.key(), question.getStableKey());
			document.addValue(shown.slug(), question.getSlug());
			document.addValue(shown.title(), question.getTitle());
			document.addValue(shown.topicTitle(), question.getTopic().getTitle());
			question.getSubsections()
				.forEach(anchor -> document.addValue(shown.subsection(), ShownHit.subsection(anchor)));
			document.addValue(shown.code(), Snippets.codeLines(question.getAnswerHtml()));
			document.addValue(this.fields.layout(), this.layout);
		}

	}

}
