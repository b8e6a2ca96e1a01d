using System.Text.Json;
using System.Text.Json.Nodes;
using ShopAnalytics.Reporting;
using Spectre.Console;

namespace ShopCli.Infrastructure;

/// <summary>Prints a result table as a console table, JSON (an array of objects) or CSV.</summary>
public static class ResultWriter
{
    public static readonly string[] Formats = ["table", "json", "csv"];

    public static void Write(ResultTable table, string format, string title)
    {
        switch (format)
        {
            case "json":
                Console.WriteLine(ToJson(table).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                break;
            case "csv":
                CsvExport.Write(table, Console.Out);
                break;
            default:
                WriteTable(table, title);
                break;
        }
    }

    /// <summary>Rows as JSON objects; money stays exact (decimal), dates are ISO 8601.</summary>
    public static JsonArray ToJson(ResultTable table)
    {
        var array = new JsonArray();
        foreach (var row in table.Rows)
        {
            var item = new JsonObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                item[table.Columns[i]] = row[i] switch
                {
                    null => null,
                    decimal money => JsonValue.Create(money),
                    double number => JsonValue.Create(number),
                    long count => JsonValue.Create(count),
                    int count => JsonValue.Create(count),
                    bool flag => JsonValue.Create(flag),
                    var other => JsonValue.Create(ResultTable.Invariant(other)),
                };
            }

            array.Add(item);
        }

        return array;
    }

    private static void WriteTable(ResultTable table, string title)
    {
        var grid = new Table().Title(Markup.Escape(title)).Border(TableBorder.Rounded);
        foreach (var column in table.Columns)
        {
            grid.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        foreach (var row in table.Rows)
        {
            grid.AddRow([.. row.Select((cell, i) => Markup.Escape(ResultTable.Display(table.Columns[i], cell)))]);
        }

        AnsiConsole.Write(grid);
    }
}
