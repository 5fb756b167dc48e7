using System.Text.Json.Nodes;

namespace OfficeDx.Core.Tests.Support;

/// <summary>A small valid plan file as a JSON tree, for tests that break one thing in it and read it back.</summary>
public static class PlanJsonBuilder
{
    /// <summary>
    /// Plan akita-test, period 2021–2023, two areas: area-1 with measure m-1 (schedule 2021 preparation, 2022 implementation)
    /// and completed measure m-c1; area-2 with measure m-2.
    /// </summary>
    public static JsonObject Valid() => JsonNode.Parse("""
        {
          "schemaVersion": 1,
          "id": "akita-test",
          "municipality": "秋田市",
          "title": "秋田市デジタル化推進計画",
          "profile": "akita",
          "period": { "from": 2021, "to": 2023 },
          "areas": [
            {
              "id": "area-1",
              "number": "(1)",
              "title": "オンライン化原則",
              "areas": [],
              "measures": [
                {
                  "id": "m-1",
                  "number": "1",
                  "name": "オンライン化による行政サービスの拡充",
                  "state": "active",
                  "overview": "電子申請サービスを拡充する。",
                  "mainActions": [],
                  "schedule": [
                    { "fiscalYear": 2021, "phase": "preparation" },
                    { "fiscalYear": 2022, "phase": "implementation" }
                  ],
                  "indicators": [ { "name": "電子申請による手続件数の割合" } ],
                  "departments": [ "デジタル化推進本部" ],
                  "notes": []
                },
                { "id": "m-c1", "name": "押印の廃止", "state": "completed" }
              ]
            },
            {
              "id": "area-2",
              "number": "(2)",
              "title": "オープンデータの推進",
              "areas": [],
              "measures": [
                {
                  "id": "m-2",
                  "number": "1",
                  "name": "オープンデータの公開",
                  "state": "active",
                  "overview": "",
                  "mainActions": [],
                  "schedule": [],
                  "indicators": [],
                  "departments": [],
                  "notes": []
                }
              ]
            }
          ]
        }
        """)!.AsObject();

    /// <summary>The first measure of the first area ($.areas[0].measures[0]).</summary>
    public static JsonObject FirstMeasure(JsonObject plan) => plan["areas"]![0]!["measures"]![0]!.AsObject();
}
