package org.valuematrix.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The built plugin jar (system property {@code plugin.jar}, set by failsafe), read-only. */
final class PluginJar {
    private final Path path;
    private final List<String> entries;

    private PluginJar(Path path) throws IOException {
        this.path = path;
        try (JarFile jar = new JarFile(path.toFile())) {
            this.entries = Collections.unmodifiableList(Collections.list(jar.entries()).stream()
                    .map(e -> e.getName()).collect(Collectors.toList()));
        }
    }

    static PluginJar built() throws IOException {
        String location = System.getProperty("plugin.jar");
        if (location == null) {
            throw new IllegalStateException("run with failsafe: the plugin.jar property names the built jar");
        }
        Path path = Paths.get(location);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("no built plugin at " + path);
        }
        return new PluginJar(path);
    }

    List<String> entries() {
        return entries;
    }

    boolean has(String entry) {
        return entries.contains(entry);
    }

    boolean hasClass(String className) {
        return has(className.replace('.', '/') + ".class");
    }

    Attributes manifest() throws IOException {
        try (JarFile jar = new JarFile(path.toFile())) {
            Manifest manifest = jar.getManifest();
            return manifest.getMainAttributes();
        }
    }

    byte[] bytes(String entry) throws IOException {
        try (JarFile jar = new JarFile(path.toFile()); InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return in.readAllBytes();
        }
    }

    String text(String entry) throws IOException {
        return new String(bytes(entry), java.nio.charset.StandardCharsets.UTF_8);
    }

    Document descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try (JarFile jar = new JarFile(path.toFile());
                InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    Properties properties(String entry) throws IOException {
        Properties p = new Properties();
        try (JarFile jar = new JarFile(path.toFile()); InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            p.load(in);
        }
        return p;
    }

    static List<Element> elements(Document doc, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static List<Element> elements(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
