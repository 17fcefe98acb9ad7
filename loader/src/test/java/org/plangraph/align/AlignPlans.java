package org.plangraph.align;

/** Plans written for the align tests: one naming the 2021—2025 outline, one naming none, of 2017. */
final class AlignPlans {
    static final String OUTLINE_2021 = "https://w3id.org/plangraph/ref/outline/fzzf-2021-2025";
    static final String OUTLINE_2015 = "https://w3id.org/plangraph/ref/outline/fzzf-2015-2020";

    static final String CITING_2021 = """
            临川市法治政府建设实施方案(2022—2025年)

            为深入贯彻落实《法治政府建设实施纲要(2021—2025年)》，结合我市实际，制定本方案。

            一、主要任务
            （一）发挥行政复议化解行政争议主渠道作用。推进行政复议体制改革，规范复议案件办理，加强行政复议纠错。（牵头单位：市司法局）
            （二）全面主动落实政务公开。加大政府信息主动公开力度，规范依申请公开，做好政策解读。（牵头单位：市政府办公室）
            （三）持续优化法治化营商环境。依法保护市场主体和企业合法权益，落实公平竞争审查，加强产权保护。（牵头单位：市发展改革委）

            临川市人民政府
            2022年3月1日
            """;

    static final String UNCITED_2017 = """
            临川市2017年依法行政工作要点

            一、工作任务
            （一）加强行政复议工作。畅通复议渠道，依法办理复议案件，提高复议决定质量。（牵头单位：市法制办）
            （二）改革信访工作制度。推进诉访分离，推行网上信访，依法逐级走访。（牵头单位：市信访局）

            临川市人民政府
            2017年2月1日
            """;

    private AlignPlans() {
    }
}
