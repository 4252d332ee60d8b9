#!/usr/bin/env bash
# Renders the module diagram that ModularityTests writes (components.puml) to components.svg, shown
# in the README and docs/ARCHITECTURE.md. Needs Graphviz (apt-get install graphviz); PlantUML comes
# from Maven Central. Update the .puml first:
#   ./mvnw test -Dtest=ModularityTests -Dbank.docs.update=true
set -euo pipefail
cd "$(dirname "$0")/../.."
version=1.2025.4
./mvnw -q dependency:copy -Dartifact=net.sourceforge.plantuml:plantuml:$version -DoutputDirectory=target/plantuml
java -Djava.awt.headless=true -jar target/plantuml/plantuml-$version.jar -tsvg docs/modules/components.puml
echo "wrote docs/modules/components.svg"
