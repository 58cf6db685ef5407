package cn.jinshan.ladder.enterprise.targets.adapter.in.web;

import java.util.Map;

/** An admin's revision of one indicator's target: the total, optional yearly goals and town/zone split. */
record TargetRequest(Integer total, Map<Integer, Integer> yearly, Map<String, Integer> byTown) {}
