#!/bin/sh
# Run by `./mvnw -Paot package` (pom.xml) after the jar is made: lays out target/app for a fast
# start with nothing to do by hand (README, "Start-up"):
#   - the jar extracted (a thin jar and lib/), the layout a class archive needs;
#   - one training start of that jar, with the bean definitions made at build time
#     (-Dspring.aot.enabled=true), on a data folder of its own under target/ (the guides of content/
#     imported into it, so the import's classes are in the archive too), ended once the context is
#     refreshed (-Dspring.context.exit=onRefresh: the server never opens a port). The build's own
#     JDK writes a class-data archive (AppCDS); asked to, a JDK 25+ writes an AOT cache instead
#     (JEP 483/514: classes loaded and linked, and method profiles);
#   - the launcher target/app/interview-bank, which starts the app with that JDK and archive.
# Usage: build-app.sh JAR DEST_DIR WORK_DIR CONTENT_DIR BUILD_JAVA [AOT_JDK]
#   AOT_JDK: "none" or empty (AppCDS with BUILD_JAVA), the home of a JDK 25+ for an AOT cache, or
#   "auto" for the first JDK 25+ in /usr/lib/jvm or /opt/java.
set -eu
jar=$1 dest=$2 work=$3 content=$4 build_java=$5 aot_jdk=${6:-}

# The major version of the JDK whose java is $1 (17, 25, ...), 0 when it does not run.
major() {
	"$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | grep . || echo 0
}

find_aot_java() {
	case "$aot_jdk" in
		none | "") return 0 ;;
		auto) set -- /usr/lib/jvm/* /opt/java/* ;;
		*) set -- "$aot_jdk" ;;
	esac
	for home in "$@"; do
		if [ -x "$home/bin/java" ] && [ "$(major "$home/bin/java")" -ge 25 ]; then
			echo "$home/bin/java"
			return 0
		fi
	done
}

rm -rf "$dest" "$work"
mkdir -p "$work"
"$build_java" -Djarmode=tools -jar "$jar" extract --destination "$dest" >/dev/null
app=$(basename "$jar")

java=$(find_aot_java)
if [ -n "$java" ]; then
	archive=app.aot
	# The launcher's options that shape the module graph, so the cache serves its starts.
	option="-XX:AOTCacheOutput=$dest/$archive --enable-native-access=ALL-UNNAMED"
else
	java=$build_java
	archive=app.jsa
	option="-XX:ArchiveClassesAtExit=$dest/$archive"
fi
echo "Training start with $java ($archive), log in $work/training.log"
# shellcheck disable=SC2086 # $option holds one or two options
"$java" $option -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
	-Dbank.data-dir="$work/data" -Dbank.content-dir="$content" \
	-jar "$dest/$app" >"$work/training.log" 2>&1 || true
if [ ! -s "$dest/$archive" ]; then
	echo "The training start made no $archive: see $work/training.log" >&2
	tail -n 20 "$work/training.log" >&2
	exit 1
fi

sed -e "s|@JAVA@|$java|g" -e "s|@ARCHIVE@|$archive|g" -e "s|@JAR@|$app|g" \
	"$(dirname "$0")/interview-bank" >"$dest/interview-bank"
chmod +x "$dest/interview-bank"
echo "Start the bank with $dest/interview-bank"
