import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.analysis.PreConfiguredTokenFilter;
import org.opensearch.index.analysis.PreConfiguredTokenizer;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;
import org.opensearch.analysis.common.CommonAnalysisPlugin;

/**
 * A single OpenSearch node for the search-cluster tests, run as a source file in a JVM of its own
 * ({@code java -cp <classpath of pom.xml beside it> OpenSearchLauncher.java HOME HTTP_PORT TRANSPORT_PORT}):
 * OpenSearch's server with its HTTP transport and common analysis plugins taken from the classpath,
 * as its test framework's MockNode does, instead of installed in a distribution's folders. It
 * prints {@code started} once it serves HTTP, and stops when its standard input closes, so it
 * never outlives the test JVM that started it.
 */
public class OpenSearchLauncher {

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]);
		Settings settings = Settings.builder()
			.put("path.home", home.toString())
			.put("path.data", home.resolve("data").toString())
			.put("path.logs", home.resolve("logs").toString())
			.put("cluster.name", "interview-bank-tests")
			.put("node.name", "bank-test-node")
			.put("discovery.type", "single-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", args[1])
			.put("transport.port", args[2])
			.put("http.type", "netty4")
			.put("transport.type", "netty4")
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.put("action.auto_create_index", false)
			.build();
		LogConfigurator.registerErrorListener();
		LogConfigurator.configureWithoutConfig(settings);
		Node node = new ClasspathPluginsNode(settings).start();
		System.out.println("started");
		System.out.flush();
		while (System.in.read() != -1) {
			// The test JVM holds the other end: its exit, however it happens, ends the node.
		}
		node.close();
		System.exit(0);
	}

	/** A node whose plugins are classes on its classpath. */
	static class ClasspathPluginsNode extends Node {

		ClasspathPluginsNode(Settings settings) {
			super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "bank-test-node"),
					List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, SmartChineseAnalysis.class), true);
		}

	}

	/**
	 * The tokenizer and stop filter of OpenSearch's {@code analysis-smartcn} plugin, under its
	 * names, from Lucene's smartcn module: that plugin is not on Maven Central.
	 */
	public static class SmartChineseAnalysis extends Plugin implements AnalysisPlugin {

		@Override
		public List<PreConfiguredTokenizer> getPreConfiguredTokenizers() {
			return List.of(PreConfiguredTokenizer.singleton("smartcn_tokenizer", HMMChineseTokenizer::new));
		}

		@Override
		public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
			return List.of(PreConfiguredTokenFilter.singleton("smartcn_stop", false,
					stream -> new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet())));
		}

	}

}
