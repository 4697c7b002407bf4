# Sourced by the campaign scripts that run a test class as a plain Java program (no OSGi):
#   plain_classpath NAME MODULE... prints the class path of those modules' target/classes, the jars
#   the target platform pins (versions as in releng/org.planstudio.target/org.planstudio.target.target)
#   and JUnit's API (the test helpers report through its assertions); NAME prefixes the messages.
plain_classpath() {
    name=$1
    shift
    repo=${MAVEN_REPO:-$HOME/.m2/repository}
    jars="org/eclipse/emf/org.eclipse.emf.common/2.44.0/org.eclipse.emf.common-2.44.0.jar
org/eclipse/emf/org.eclipse.emf.ecore/2.41.0/org.eclipse.emf.ecore-2.41.0.jar
org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.39.0/org.eclipse.emf.ecore.xmi-2.39.0.jar
org/apache/derby/derby/10.16.1.1/derby-10.16.1.1.jar
org/apache/derby/derbyshared/10.16.1.1/derbyshared-10.16.1.1.jar
org/apache/derby/derbytools/10.16.1.1/derbytools-10.16.1.1.jar
org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar"
    cp=""
    for module in "$@"; do
        if [ ! -d "$ROOT/$module/target/classes" ]; then
            echo "$name: $module is not built; build it first" >&2
            return 1
        fi
        cp="$cp${cp:+:}$ROOT/$module/target/classes"
    done
    for jar in $jars; do
        cp="$cp:$repo/$jar"
    done
    junit=$(find "$repo/org/junit/jupiter/junit-jupiter-api" -name 'junit-jupiter-api-5*.jar' | sort | tail -1)
    opentest=$(find "$repo/org/opentest4j" -name 'opentest4j-*.jar' | sort | tail -1)
    echo "$cp:$junit:$opentest"
}
