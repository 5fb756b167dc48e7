namespace OfficeDx.Documents.Tests.Glossary;

/// <summary>The four cities' glossaries typed by hand (and a page table), with the seeds' own text, as .docx files: read by the harvest and by import.</summary>
internal static class HandMadeRenditions
{
    public static byte[] AkitaFootnotes() =>
            new HandMadeDocument()
            .FootnotedParagraph("近年、スマートフォンの普及、I o T", "*1", "Internet of Things の略で、あらゆる物がインターネットを通じてつながることによって実現する新たなサービス", "（モノのインターネット）の発達")
            .FootnotedParagraph("また、A I", "*2", "Artificial Intelligence の略で、人工知能のこと。", "などデジタル技術の進歩により")
            .Build();

    public static byte[] KatagamiNumberedTable() =>
            new HandMadeDocument()
            .Paragraph(("近年、ICT", false), ("※1", true), ("の急速な発展とともに、誰もがSNS", false), ("※2", true), ("の利用などにより", false))
            .Paragraph("用語集")
            .Table(["No", "用語", "解説"],
                ["1", "I C T", "Information and Communication Technology の略。\n情報や通信に関する技術の総称。"],
                ["2", "S N S", "Social Networking Service の略。"],
                ["3", "I o E", "Internet of Everything（あらゆる物事のインターネット）の略。"])
            .Build();

    public static byte[] PageTable() =>
            new HandMadeDocument()
            .Paragraph("業務改革（BPR）を進める。")
            .Table(["用語", "解説", "該当頁"], ["BPR", "Business Process Re-engineering の略。", "12"], ["オープンデータ", "自由な利用を可能にすること。", "15"])
            .Build();

    public static byte[] AkitaV2Groups() =>
            new HandMadeDocument()
            .Paragraph("VI 用語解説")
            .Paragraph("あ行")
            .Paragraph("I o T (アイオーティ)")
            .Paragraph("Internet of Things の略。「様々なモノとインターネットがつながること」を指す。")
            .Paragraph("秋田市情報セキュリティポリシー")
            .Paragraph("秋田市が保有する情報の安全性を確保するためのもので、市民の個人情報や行政情報をどのように守っていくのかを定めたもの。")
            .Paragraph("か行")
            .Paragraph("官民データ活用推進基本法")
            .Paragraph("平成28年12月14日公布・施行。令和3年9月1日改正。")
            .Paragraph("インターネットなどを通じて流通する多様かつ大量の情報を活用することを目的としている。")
            .Paragraph("G I G A (ギガ) スクール構想")
            .Paragraph("令和元年度に国が打ち出した学校教育におけるICT環境に関する構想。")
            .Build();

    public static byte[] HachinoheLines() =>
            new HandMadeDocument()
            .Paragraph("用語集")
            .Paragraph("AI…Artificial Intelligence の略。人間の脳が行っている知的な作業をコンピュータで模倣したソフトウェアやシステムのこと。")
            .Paragraph("冗長化（じょうちょうか）…コンピュータシステムにおける機器やネットワークの障害に備え、システムの予備を追加して多重化を図ること。")
            .Paragraph("ブロードバンド…ブロードバンドネットワークの略。")
            .Build();
}
