package cn.jinshan.ladder.probes;

import tools.jackson.databind.JsonNode;

/** A path or query parameter of an operation. */
record Parameter(String name, String in, boolean required, JsonNode schema) {}
