package com.interviewbank.markdown;

import java.util.Set;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * GitHub's math: {@code $x$} and {@code $`x`$} inline, {@code $$x$$} displayed. The TeX is kept
 * as text in a {@code math} element, which the browser typesets (docs/ARCHITECTURE.md, "Rendering"),
 * so that emphasis and escapes never touch it.
 */
final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	/** Inline math, or display math when written with {@code $$}. */
	static final class Math extends Node {

		final boolean display;

		final String tex;

		Math(BasedSequence chars, boolean display, String tex) {
			super(chars);
			this.display = display;
			this.tex = tex;
		}

		@Override
		public BasedSequence[] getSegments() {
			return EMPTY_SEGMENTS;
		}

	}

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.customInlineParserExtensionFactory(new InlineParserExtensionFactory() {

			@Override
			public CharSequence getCharacters() {
				return "$";
			}

			@Override
			public InlineParserExtension apply(LightInlineParser parser) {
				return new DollarMath();
			}

			@Override
			public Set<Class<?>> getAfterDependents() {
				return null;
			}

			@Override
			public Set<Class<?>> getBeforeDependents() {
				return null;
			}

			@Override
			public boolean affectsGlobalScope() {
				return false;
			}
		});
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder builder, String rendererType) {
		builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set
			.of(new NodeRenderingHandler<>(Math.class, (node, context, html) -> render(node, html))));
	}

	private static void render(Math math, HtmlWriter html) {
		String element = "span";
		html.raw("<" + element + " class=\"math " + (math.display ? "math-display" : "math-inline") + "\">");
		html.text(math.tex);
		html.raw("</" + element + ">");
	}

	/** Finds the closing delimiter by GitHub's rules, so that prices ({@code $5 and $10}) stay text. */
	private static final class DollarMath implements InlineParserExtension {

		@Override
		public void finalizeDocument(InlineParser inlineParser) {
		}

		@Override
		public void finalizeBlock(InlineParser inlineParser) {
		}

		@Override
		public boolean parse(LightInlineParser parser) {
			BasedSequence input = parser.getInput();
			int start = parser.getIndex();
			if (start > 0 && input.charAt(start - 1) == '$') {
				return false;
			}
			int end;
			boolean display;
			String tex;
			if (input.safeCharAt(start + 1) == '$') {
				int close = input.indexOf("$$", start + 2);
				if (close < 0 || input.subSequence(start + 2, close).isBlank()) {
					return false;
				}
				display = true;
				tex = input.subSequence(start + 2, close).toString().strip();
				end = close + 2;
			}
			else if (input.safeCharAt(start + 1) == '`') {
				int close = input.indexOf("`$", start + 2);
				if (close < 0) {
					return false;
				}
				display = false;
				tex = input.subSequence(start + 2, close).toString().strip();
				end = close + 2;
			}
			else {
				int close = closingDollar(input, start);
				if (close < 0) {
					return false;
				}
				display = false;
				tex = input.subSequence(start + 1, close).toString();
				end = close + 1;
			}
			parser.flushTextNode();
			parser.getBlock().appendChild(new Math(input.subSequence(start, end), display, tex));
			parser.setIndex(end);
			return true;
		}

		private static int closingDollar(BasedSequence input, int start) {
			char first = input.safeCharAt(start + 1);
			if (first == '\0' || Character.isWhitespace(first)) {
				return -1;
			}
			for (int i = start + 2; i < input.length(); i++) {
				char c = input.charAt(i);
				if (c == '\\') {
					i++;
				}
				else if (c == '\n' && input.safeCharAt(i + 1) == '\n') {
					return -1;
				}
				else if (c == '$') {
					boolean closes = !Character.isWhitespace(input.charAt(i - 1))
							&& !Character.isLetterOrDigit(input.safeCharAt(i + 1));
					return closes ? i : -1;
				}
			}
			return -1;
		}

	}

}
