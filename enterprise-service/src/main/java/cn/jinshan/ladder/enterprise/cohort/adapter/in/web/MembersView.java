package cn.jinshan.ladder.enterprise.cohort.adapter.in.web;

import cn.jinshan.ladder.enterprise.cohort.domain.Member;
import java.time.LocalDate;
import java.util.List;

/** The firms behind one cohort figure; {@code count} is the figure. */
record MembersView(String indicator, String period, LocalDate asOf, String scope, long count, List<Member> firms) {}
